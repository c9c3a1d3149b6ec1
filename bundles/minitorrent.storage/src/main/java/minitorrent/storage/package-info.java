/** Pieces on disk: files to pieces mapping, positional reads and writes, verification, recheck and crash-safe resume data. */
package minitorrent.storage;
