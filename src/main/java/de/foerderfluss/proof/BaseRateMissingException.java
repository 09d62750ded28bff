package de.foerderfluss.proof;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;

import de.foerderfluss.shared.GermanDates;
import de.foerderfluss.shared.StepNotAllowedException;

/**
 * Interest cannot be computed: the base-rate table lacks the half-years named. Nothing is
 * set until an administrator records them.
 */
public class BaseRateMissingException extends StepNotAllowedException {

	private final transient List<LocalDate> missing;

	BaseRateMissingException(List<LocalDate> missing) {
		super("error.interest.base-rate-missing",
				missing.stream().map(GermanDates::date).collect(Collectors.joining(", ")));
		this.missing = List.copyOf(missing);
	}

	/** The first days of the half-years without a base rate. */
	public List<LocalDate> missing() {
		return this.missing;
	}

}
