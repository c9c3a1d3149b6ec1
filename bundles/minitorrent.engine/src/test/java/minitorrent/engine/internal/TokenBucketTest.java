package minitorrent.engine.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class TokenBucketTest {

    @Test
    void aLimitPassesItsRateOverTicksAndNoMore() {
        TokenBucket bucket = new TokenBucket(100_000);
        long passed = 0;
        for (int tick = 0; tick < 10; tick++) {
            bucket.refill();
            long now = bucket.available();
            bucket.consume(now);
            passed += now;
        }
        assertEquals(100_000, passed, "one second of ticks passes one second of the rate");
    }

    @Test
    void anIdleBucketSavesAtMostAFifthOfASecond() {
        TokenBucket bucket = new TokenBucket(1_000_000);
        for (int tick = 0; tick < 50; tick++) {
            bucket.refill();
        }
        assertEquals(200_000, bucket.available());
    }

    @Test
    void zeroIsUnlimitedAndARateCanChangeAtOnce() {
        TokenBucket bucket = new TokenBucket(0);
        assertEquals(Long.MAX_VALUE, bucket.available());
        bucket.setRate(50_000);
        assertEquals(0, bucket.available(), "a new limit starts empty");
        bucket.refill();
        assertEquals(5_000, bucket.available());
    }
}
