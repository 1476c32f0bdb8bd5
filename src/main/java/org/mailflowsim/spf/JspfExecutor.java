package org.mailflowsim.spf;

import java.util.function.Consumer;
import org.apache.james.jspf.core.DNSLookupContinuation;
import org.apache.james.jspf.core.DNSResponse;
import org.apache.james.jspf.core.DNSService;
import org.apache.james.jspf.core.SPFChecker;
import org.apache.james.jspf.core.SPFCheckerExceptionCatcher;
import org.apache.james.jspf.core.SPFSession;
import org.apache.james.jspf.core.exceptions.SPFResultException;
import org.apache.james.jspf.core.exceptions.TimeoutException;
import org.apache.james.jspf.executor.FutureSPFResult;
import org.apache.james.jspf.executor.SPFExecutor;

/**
 * jSPF's {@code SynchronousSPFExecutor} (the whole evaluation on the calling thread), plus one thing it lacks: the
 * error that decided a permerror or temperror is handed to {@code onError}. jSPF only logs it, and an administrator
 * needs to read why.
 */
final class JspfExecutor implements SPFExecutor {
    private final DNSService dns;
    private final Consumer<Exception> onError;

    JspfExecutor(DNSService dns, Consumer<Exception> onError) {
        this.dns = dns;
        this.onError = onError;
    }

    @Override
    public void execute(SPFSession session, FutureSPFResult result) {
        SPFChecker checker;
        while ((checker = session.popChecker()) != null) {
            try {
                DNSLookupContinuation cont = checker.checkSPF(session);
                while (cont != null) {
                    cont = cont.getListener().onDNSResponse(answer(cont), session);
                }
            } catch (Exception e) {
                onError.accept(e);
                handle(e, session);
            }
        }
        result.setSPFResult(session);
    }

    private DNSResponse answer(DNSLookupContinuation cont) {
        try {
            return new DNSResponse(dns.getRecords(cont.getRequest()));
        } catch (TimeoutException e) {
            return new DNSResponse(e);
        }
    }

    /** Hands the error to the nearest exception catcher on jSPF's checker stack, as jSPF's own executor does. */
    private static void handle(Exception error, SPFSession session) {
        Exception e = error;
        while (e != null) {
            SPFChecker catcher = session.popChecker(c -> c instanceof SPFCheckerExceptionCatcher);
            if (catcher == null) {
                throw new IllegalStateException("jSPF left an error unhandled", e);
            }
            try {
                ((SPFCheckerExceptionCatcher) catcher).onException(e, session);
                e = null;
            } catch (SPFResultException next) {
                e = next;
            }
        }
    }
}
