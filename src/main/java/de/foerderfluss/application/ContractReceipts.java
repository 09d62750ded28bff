package de.foerderfluss.application;

import java.time.Clock;

import de.foerderfluss.security.Actor;
import de.foerderfluss.shared.InvalidInputException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A case worker confirms that the forwarding contract the carrier uploaded arrived signed
 * as offered, or sends it back with the reason.
 */
@Service
@Transactional
@PreAuthorize("hasRole('REVIEWER')")
public class ContractReceipts {

	private final ApplicationLookup lookup;

	private final Applications applications;

	private final Clock clock;

	ContractReceipts(ApplicationLookup lookup, Applications applications, Clock clock) {
		this.lookup = lookup;
		this.applications = applications;
		this.clock = clock;
	}

	public Application confirm(Long id, boolean valid, String note) {
		if (!valid && (note == null || note.isBlank())) {
			throw new InvalidInputException("note", "error.contract.refusal-reason-required");
		}
		Application application = this.lookup.visibleTo(Actor.current(), id);
		application.confirmSignedContract(valid, note, this.clock.instant(), Actor.current().username());
		return this.applications.save(application);
	}

}
