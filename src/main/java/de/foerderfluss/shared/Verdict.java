package de.foerderfluss.shared;

import java.util.Optional;
import java.util.function.Function;

/**
 * What a rule says about a step one person wants to take: allowed, or refused with the
 * code of its reason. Services enforce a verdict and pages show it before anyone tries,
 * so the rule is written once.
 *
 * @param refusal the reason's code when refused, {@code null} when allowed
 */
public record Verdict(String refusal) {

	private static final Verdict ALLOWED = new Verdict(null);

	public static Verdict allowed() {
		return ALLOWED;
	}

	public static Verdict refused(String reason) {
		return new Verdict(reason);
	}

	public boolean isAllowed() {
		return this.refusal == null;
	}

	/** The reason's code, empty when the step is allowed. */
	public Optional<String> reason() {
		return Optional.ofNullable(this.refusal);
	}

	/** The first refusal of the two, or allowed when neither refuses. */
	public Verdict and(Verdict other) {
		return isAllowed() ? other : this;
	}

	/**
	 * Throws what the caller makes of the reason's code when the step is refused.
	 */
	public void enforce(Function<String, ? extends DomainException> refusal) {
		if (!isAllowed()) {
			throw refusal.apply(this.refusal);
		}
	}

}
