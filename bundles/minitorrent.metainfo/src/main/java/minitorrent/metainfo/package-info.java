/** The .torrent model (BEP 3), its parser, validator and sanitizer, magnet URIs and the torrent creator. */
package minitorrent.metainfo;
