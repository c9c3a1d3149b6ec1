package minitorrent.cli.internal;

import java.util.Locale;

import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * Reads a rate such as {@code 500K}, {@code 2M} or {@code 1048576}: bytes per second, with K, M
 * or G for powers of 1024 (an optional "B", "iB" or "/s" after them is allowed); 0 is unlimited.
 */
final class RateConverter implements ITypeConverter<Long> {

    @Override
    public Long convert(String value) {
        String text = value.strip().toUpperCase(Locale.ROOT);
        text = strip(strip(strip(text, "/S"), "B"), "I");
        long multiplier = 1;
        if (!text.isEmpty() && "KMG".indexOf(text.charAt(text.length() - 1)) >= 0) {
            multiplier = 1L << (10 * ("KMG".indexOf(text.charAt(text.length() - 1)) + 1));
            text = text.substring(0, text.length() - 1);
        }
        try {
            double number = Double.parseDouble(text);
            if (number < 0 || Double.isNaN(number) || number * multiplier > Long.MAX_VALUE / 2) {
                throw new NumberFormatException();
            }
            return Math.round(number * multiplier);
        } catch (NumberFormatException e) {
            throw new TypeConversionException("'" + value + "' is not a rate: give bytes per second, e.g. 500K, 2M or 0 for no limit");
        }
    }

    private static String strip(String text, String suffix) {
        return text.endsWith(suffix) ? text.substring(0, text.length() - suffix.length()) : text;
    }
}
