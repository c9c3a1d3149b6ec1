package minitorrent.cli.internal;

import java.util.Locale;
import java.util.OptionalInt;

import minitorrent.metainfo.PieceSize;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Reads {@code --piece-size}: "auto", a number of bytes, or a number with K or M (powers of 1024). */
final class PieceSizeConverter implements ITypeConverter<OptionalInt> {

    @Override
    public OptionalInt convert(String value) {
        String text = value.strip().toUpperCase(Locale.ROOT);
        if (text.equals("AUTO")) {
            return OptionalInt.empty();
        }
        long multiplier = 1;
        if (text.endsWith("K") || text.endsWith("M")) {
            multiplier = text.endsWith("K") ? 1024 : 1024 * 1024;
            text = text.substring(0, text.length() - 1);
        }
        try {
            return OptionalInt.of(PieceSize.checked(Math.multiplyExact(Long.parseLong(text), multiplier)));
        } catch (NumberFormatException | ArithmeticException e) {
            throw new TypeConversionException("'" + value + "' is not a piece size: give bytes (e.g. 262144 or 256K) or auto");
        } catch (IllegalArgumentException e) {
            throw new TypeConversionException(e.getMessage());
        }
    }
}
