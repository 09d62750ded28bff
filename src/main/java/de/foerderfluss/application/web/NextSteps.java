package de.foerderfluss.application.web;

import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import de.foerderfluss.application.CaseOutlook;
import de.foerderfluss.application.CaseOutlook.OpenStep;
import de.foerderfluss.security.Actor;
import de.foerderfluss.security.Role;
import de.foerderfluss.security.UserDirectory;
import de.foerderfluss.shared.GermanDates;
import org.springframework.context.support.MessageSourceAccessor;
import org.springframework.stereotype.Component;

/**
 * The open steps of cases for one person: their own steps first, then the earliest due.
 */
@Component
class NextSteps {

	private static final Comparator<StepView> MINE_FIRST = Comparator.comparing((StepView step) -> !step.mine())
		.thenComparing(StepView::due, Comparator.nullsLast(Comparator.naturalOrder()));

	private final CaseOutlook outlook;

	private final UserDirectory users;

	private final MessageSourceAccessor messages;

	private final Clock clock;

	NextSteps(CaseOutlook outlook, UserDirectory users, MessageSourceAccessor messages, Clock clock) {
		this.outlook = outlook;
		this.users = users;
		this.messages = messages;
		this.clock = clock;
	}

	Map<Long, List<StepView>> of(Actor actor, Collection<Long> applicationIds) {
		Instant now = this.clock.instant();
		Map<String, String> names = new HashMap<>();
		Map<Long, List<StepView>> views = new HashMap<>();
		this.outlook.openSteps(applicationIds)
			.forEach((id, steps) -> views.put(id,
					steps.stream().map((step) -> view(actor, step, now, names)).sorted(MINE_FIRST).toList()));
		return views;
	}

	List<StepView> of(Actor actor, Long applicationId) {
		return of(actor, List.of(applicationId)).getOrDefault(applicationId, List.of());
	}

	/** The open step that is taken on the page, if the case has one. */
	Optional<StepView> takenOn(Actor actor, Long applicationId, String path) {
		return of(actor, applicationId).stream().filter((step) -> path.equals(step.formPath())).findFirst();
	}

	private StepView view(Actor actor, OpenStep step, Instant now, Map<String, String> names) {
		String assignee = (step.assignee() != null) ? names.computeIfAbsent(step.assignee(), this.users::displayName)
				: null;
		String label = this.messages.getMessage("application.step." + step.taskKey(), null, step.name());
		return new StepView(step.taskKey(), label, step.party(), assignee, step.due(), GermanDates.lastDay(step.due()),
				step.isOverdue(now), step.formPath(), actor.has(Role.valueOf(step.party().name())));
	}

	/** Whether the engine is still preparing a notice of the case. */
	boolean noticeInPreparation(Long applicationId) {
		return !this.outlook.noticesInPreparation(applicationId).isEmpty();
	}

}
