package de.foerderfluss.security;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Pattern;

import de.foerderfluss.security.LoginCounter.Kind;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Counts failed sign-ins per user name and per client address and says how long the next
 * attempt must wait. Each failure is counted in a transaction of its own, under the lock
 * of its row, so parallel failures are all counted; two first failures that both insert
 * the row are settled by trying the loser again.
 */
@Component
class SignInThrottle {

	private static final Logger log = LoggerFactory.getLogger(SignInThrottle.class);

	/** Keys are cut here; no user name is as long. */
	private static final int MAX_KEY = 200;

	private static final Pattern IP_LITERAL = Pattern.compile("[0-9A-Fa-f:][0-9A-Fa-f:.]*");

	private static final Duration CLEAN_UP_EVERY = Duration.ofMinutes(5);

	private final LoginCounters counters;

	private final SecurityProperties.LoginThrottle rules;

	private final Clock clock;

	private final TransactionTemplate transactions;

	private final TransactionTemplate reads;

	private final AtomicReference<Instant> lastCleanUp = new AtomicReference<>(Instant.MIN);

	SignInThrottle(LoginCounters counters, SecurityProperties properties, Clock clock,
			PlatformTransactionManager transactionManager) {
		this.counters = counters;
		this.rules = properties.loginThrottle();
		this.clock = clock;
		this.transactions = new TransactionTemplate(transactionManager);
		// Counted whatever the caller's transaction does, and tried again whole on a
		// conflict.
		this.transactions.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		this.reads = new TransactionTemplate(transactionManager);
		this.reads.setReadOnly(true);
	}

	/**
	 * An attempt to sign in with the user name from the address, with how long it must
	 * still wait.
	 */
	Attempt attempt(String username, String remoteAddress) {
		String account = key(username);
		String address = addressKey(remoteAddress);
		Instant now = this.clock.instant();
		List<LoginCounter> found = this.reads
			.execute((status) -> this.counters.of(Kind.ACCOUNT, account, Kind.ADDRESS, address));
		Duration wait = found.stream()
			.map((counter) -> counter.waitAt(now))
			.max(Duration::compareTo)
			.orElse(Duration.ZERO);
		boolean accountCounted = found.stream().anyMatch((counter) -> counter.getKind() == Kind.ACCOUNT);
		return new Attempt(account, address, wait, accountCounted);
	}

	/** Counts a failed attempt under its user name and its address. */
	void failed(Attempt attempt) {
		count(Kind.ACCOUNT, attempt.account());
		if (attempt.address() != null) {
			count(Kind.ADDRESS, attempt.address());
		}
		cleanUpNowAndThen();
	}

	/** A successful sign-in forgets the failures under its user name. */
	void succeeded(Attempt attempt) {
		if (attempt.accountCounted()) {
			forget(attempt.account());
		}
	}

	/**
	 * Forgets the failures under the user name, so that the person may sign in at once.
	 */
	void forget(String username) {
		this.transactions.executeWithoutResult((status) -> this.counters.forget(Kind.ACCOUNT, key(username)));
	}

	/** The user names whose next attempt must still wait, with their counts. */
	List<LoginCounter> waitingAccounts() {
		Instant now = this.clock.instant();
		return this.reads.execute((status) -> this.counters.waiting(Kind.ACCOUNT, now));
	}

	private void count(Kind kind, String key) {
		SecurityProperties.Rule rule = rule(kind);
		for (int round = 1;; round++) {
			try {
				this.transactions.executeWithoutResult((status) -> {
					LoginCounter counter = this.counters.lock(kind, key).orElseGet(() -> new LoginCounter(kind, key));
					Instant now = this.clock.instant();
					counter.failed(now, rule);
					this.counters.saveAndFlush(counter);
					if (counter.getLockedUntil() != null) {
						// Once per wait at most: attempts during a wait are not counted.
						log.info("Sign-ins {} '{}' wait until {} after {} failures in a row",
								(kind == Kind.ACCOUNT) ? "as" : "from", key, counter.getLockedUntil(),
								counter.getFailures());
					}
				});
				return;
			}
			catch (DataIntegrityViolationException firstFailureInParallel) {
				// Another attempt inserted the row first: count again on top of it.
				if (round == 3) {
					throw firstFailureInParallel;
				}
			}
		}
	}

	/** Drops forgotten counts, at most every few minutes per node. */
	private void cleanUpNowAndThen() {
		Instant now = this.clock.instant();
		Instant last = this.lastCleanUp.get();
		boolean recently = !now.isBefore(last) && now.isBefore(last.plus(CLEAN_UP_EVERY));
		if (recently || !this.lastCleanUp.compareAndSet(last, now)) {
			return;
		}
		try {
			this.transactions.executeWithoutResult((status) -> {
				for (Kind kind : Kind.values()) {
					this.counters.forgetOld(kind, now.minus(rule(kind).forgetAfter()), now);
				}
			});
		}
		catch (DataAccessException ex) {
			// Another node cleaning up at the same moment: the next failure tries again.
			log.debug("Old sign-in counts not dropped this time", ex);
		}
	}

	private SecurityProperties.Rule rule(Kind kind) {
		return (kind == Kind.ACCOUNT) ? this.rules.account() : this.rules.address();
	}

	private static String key(String text) {
		String key = (text != null) ? text : "";
		return (key.length() > MAX_KEY) ? key.substring(0, MAX_KEY) : key;
	}

	/**
	 * The address as counted: IPv4 as it is, IPv6 by its /64 network, which one client
	 * usually has whole; null when unknown.
	 */
	static String addressKey(String remoteAddress) {
		if (remoteAddress == null || remoteAddress.isBlank()) {
			return null;
		}
		String address = remoteAddress.strip();
		if (address.startsWith("[") && address.endsWith("]")) {
			address = address.substring(1, address.length() - 1);
		}
		if (address.indexOf(':') >= 0 && IP_LITERAL.matcher(address).matches()) {
			try {
				// A literal with a colon is parsed, never looked up: invalid ones throw.
				byte[] bytes = InetAddress.getByName(address).getAddress();
				if (bytes.length == 16) {
					StringBuilder network = new StringBuilder();
					for (int i = 0; i < 8; i += 2) {
						network.append(Integer.toHexString(((bytes[i] & 0xff) << 8) | (bytes[i + 1] & 0xff)))
							.append(':');
					}
					return network.append(":/64").toString();
				}
			}
			catch (UnknownHostException notAnAddress) {
				// Counted as written.
			}
		}
		return key(address);
	}

	/**
	 * One attempt to sign in.
	 *
	 * @param account the key of its user name
	 * @param address the key of its client address, null if unknown
	 * @param waitLeft how long it must still wait; zero if it may go ahead
	 * @param accountCounted whether failures are counted under its user name
	 */
	record Attempt(String account, String address, Duration waitLeft, boolean accountCounted) {

		boolean mustWait() {
			return !this.waitLeft.isZero();
		}

	}

}
