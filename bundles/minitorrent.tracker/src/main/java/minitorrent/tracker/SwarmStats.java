package minitorrent.tracker;

/**
 * The size of one torrent's swarm as a tracker counts it (BEP 48 scrape; BEP 15 scrape reply).
 *
 * @param seeders   peers with the whole torrent ({@code complete})
 * @param completed how many downloads finished, ever ({@code downloaded})
 * @param leechers  peers still downloading ({@code incomplete})
 */
public record SwarmStats(long seeders, long completed, long leechers) {
}
