package minitorrent.tracker.internal.server;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import minitorrent.tracker.internal.QueryEncoding;

/**
 * The parameters of a request's query string, each value percent-decoded to raw bytes (an
 * {@code info_hash} is binary). A name may repeat: a scrape lists one {@code info_hash} per
 * torrent (BEP 48). Immutable.
 */
final class QueryParameters {

    private final Map<String, List<byte[]>> values;

    private QueryParameters(Map<String, List<byte[]>> values) {
        this.values = values;
    }

    /** Parses {@code a=1&b=%20}; a value that is not valid percent-encoding is an error naming its parameter. */
    static QueryParameters parse(String rawQuery) throws InvalidRequestException {
        Map<String, List<byte[]>> values = new HashMap<>();
        if (!rawQuery.isEmpty()) {
            for (String pair : rawQuery.split("&")) {
                if (pair.isEmpty()) {
                    continue;
                }
                int equals = pair.indexOf('=');
                String name = equals < 0 ? pair : pair.substring(0, equals);
                String rawValue = equals < 0 ? "" : pair.substring(equals + 1);
                byte[] value = QueryEncoding.decode(rawValue)
                        .orElseThrow(() -> new InvalidRequestException("malformed percent-encoding in " + name));
                values.computeIfAbsent(name, key -> new ArrayList<>()).add(value);
            }
        }
        return new QueryParameters(values);
    }

    /** The first value of the parameter, if it is present. */
    Optional<byte[]> first(String name) {
        List<byte[]> list = values.get(name);
        return list == null ? Optional.empty() : Optional.of(list.get(0));
    }

    /** Every value of the parameter, in order; empty when absent. */
    List<byte[]> all(String name) {
        return values.getOrDefault(name, List.of());
    }
}
