package org.mailflowsim.auth;

import com.google.common.cache.CacheBuilder;
import com.google.common.cache.CacheLoader;
import com.google.common.cache.LoadingCache;
import java.net.InetAddress;
import org.mailflowsim.spf.SpfEvaluator;
import org.mailflowsim.spf.SpfVerdict;

/**
 * One SPF evaluator per run, shared by every node, remembering recent verdicts. The simulated DNS never changes
 * during a run, so check_host() for the same client IP, sender and HELO always gives the same verdict: a replay
 * of many similar messages pays for each evaluation once. The cache is bounded so long runs keep bounded memory.
 */
public final class CachingSpfEvaluator {
    private static final int MAX_REMEMBERED = 4096;

    private final LoadingCache<Query, SpfVerdict> verdicts;

    public CachingSpfEvaluator(SpfEvaluator evaluator) {
        this.verdicts = CacheBuilder.newBuilder().maximumSize(MAX_REMEMBERED)
                .build(CacheLoader.from(q -> evaluator.check(q.ip(), q.mailFrom(), q.helo())));
    }

    /** RFC 7208 check_host() for the client IP, the MAIL FROM ({@code ""} for {@code <>}) and the HELO name. */
    public SpfVerdict check(InetAddress ip, String mailFrom, String helo) {
        return verdicts.getUnchecked(new Query(ip, mailFrom, helo));
    }

    private record Query(InetAddress ip, String mailFrom, String helo) {
    }
}
