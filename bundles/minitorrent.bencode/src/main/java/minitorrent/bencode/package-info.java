/** Bencode values, a strict decoder with limits, and a canonical encoder (BEP 3). */
package minitorrent.bencode;
