/** The peer wire protocol (BEP 3): handshake, messages, the extension protocol (BEP 10), codecs, and peer identities. */
package minitorrent.protocol;
