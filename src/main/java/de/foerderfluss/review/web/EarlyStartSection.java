package de.foerderfluss.review.web;

import java.time.Instant;
import java.util.Optional;

import de.foerderfluss.application.Application;
import de.foerderfluss.application.ApplicationStatus;
import de.foerderfluss.application.CaseSection;
import de.foerderfluss.review.EarlyStartDecision;
import de.foerderfluss.review.ReviewSteps;
import de.foerderfluss.security.Actor;
import de.foerderfluss.security.Role;
import de.foerderfluss.security.UserDirectory;
import org.springframework.stereotype.Component;

/**
 * The start of the measure on the case page, where there is something to say: begun
 * before the approval, or an early start asked for, with the answer and its letter.
 */
@Component
class EarlyStartSection implements CaseSection {

	private final ReviewSteps review;

	private final UserDirectory users;

	EarlyStartSection(ReviewSteps review, UserDirectory users) {
		this.review = review;
		this.users = users;
	}

	@Override
	public int order() {
		return 12;
	}

	@Override
	public String template() {
		return "review/early-start-section";
	}

	@Override
	public Optional<Object> data(Actor actor, Application application) {
		if (!application.isAlreadyStarted() && !application.isEarlyStartRequested()) {
			return Optional.empty();
		}
		Optional<EarlyStartDecision> decision = this.review.earlyStartOf(application.getId());
		boolean open = application.isEarlyStartRequested() && decision.isEmpty()
				&& java.util.Set
					.of(ApplicationStatus.SUBMITTED, ApplicationStatus.INCOMPLETE, ApplicationStatus.IN_REVIEW,
							ApplicationStatus.IN_APPROVAL)
					.contains(application.getStatus());
		return Optional
			.of(new Overview(application.getId(), application.isAlreadyStarted(), application.isEarlyStartRequested(),
					application.getEarlyStartReason(), decision.map(EarlyStartDecision::isPermitted).orElse(null),
					decision.map(EarlyStartDecision::getReason).orElse(null),
					decision.map((d) -> this.users.displayName(d.getDecidedBy())).orElse(null),
					decision.map(EarlyStartDecision::getDecidedAt).orElse(null),
					decision.isPresent()
							? "/api/v1/applications/" + application.getId() + "/documents/early-start-letter" : null,
					(open && actor.has(Role.REVIEWER)) ? "/antraege/" + application.getId() + "/vorzeitiger-beginn"
							: null));
	}

	/**
	 * What the section shows.
	 *
	 * @param permitted the answer, null while there is none
	 * @param letterHref where the letter is read, once issued
	 * @param decidePath the case worker's page to answer, while the request is open
	 */
	record Overview(Long applicationId, boolean alreadyStarted, boolean requested, String requestReason,
			Boolean permitted, String reason, String decidedBy, Instant decidedAt, String letterHref,
			String decidePath) {
	}

}
