package de.foerderfluss.testing;

import java.io.IOException;

import de.foerderfluss.workflow.PendingSteps;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Stands in for the engine's job executor, which the tests leave off so that timers fire
 * only when a test moves the clock: after each request, the steps behind an asynchronous
 * boundary that the request set off (notices, reminders) run at once, as the job executor
 * would run them a moment after the commit. A test that wants to see a case in between
 * holds them back.
 */
public class InstantJobExecutor extends OncePerRequestFilter {

	private final PendingSteps pending;

	private volatile boolean holding;

	public InstantJobExecutor(PendingSteps pending) {
		this.pending = pending;
	}

	/** Leaves the steps pending until {@link #release()}. */
	public void hold() {
		this.holding = true;
	}

	/** Runs what is pending now and again after every request. */
	public void release() {
		this.holding = false;
		this.pending.runAll();
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		try {
			chain.doFilter(request, response);
		}
		finally {
			if (!this.holding) {
				this.pending.runAll();
			}
		}
	}

}
