package minitorrent.bencode;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Decoding and encoding torrent-shaped inputs: one with 150,000 pieces (a 3 MB pieces string)
 * and one with 100,000 files (about 700,000 tokens). Run with {@code -Pbenchmarks}, see
 * docs/BENCHMARKS.md. Sample time, so that the median and minimum are reported: on a shared
 * machine they are steadier than the mean.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class BencodeBenchmark {

    private final BencodeDecoder decoder = new BencodeDecoder();
    private byte[] manyPieces;
    private byte[] manyFiles;
    private BencodeValue manyPiecesValue;
    private BencodeValue manyFilesValue;

    @Setup
    public void makeInputs() throws BencodeException {
        manyPieces = TorrentShapes.withPieces(150_000, 1).bytes();
        manyFiles = TorrentShapes.withFiles(100_000, 2).bytes();
        manyPiecesValue = decoder.decode(manyPieces).value();
        manyFilesValue = decoder.decode(manyFiles).value();
    }

    @Benchmark
    public DecodeResult decodeManyPieces() throws BencodeException {
        return decoder.decode(manyPieces);
    }

    @Benchmark
    public DecodeResult decodeManyFiles() throws BencodeException {
        return decoder.decode(manyFiles);
    }

    @Benchmark
    public byte[] encodeManyPieces() {
        return BencodeEncoder.encode(manyPiecesValue);
    }

    @Benchmark
    public byte[] encodeManyFiles() {
        return BencodeEncoder.encode(manyFilesValue);
    }
}
