/** Tracker clients (HTTP BEP 3/23/48, UDP BEP 15, multitracker BEP 12) and an embedded tracker server. */
package minitorrent.tracker;
