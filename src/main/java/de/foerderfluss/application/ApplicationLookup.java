package de.foerderfluss.application;

import java.util.List;

import de.foerderfluss.security.Actor;
import de.foerderfluss.shared.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Finds applications on behalf of a person. A carrier user gets only its own carrier's
 * applications; another carrier's application is reported as not found.
 */
@Service
@Transactional(readOnly = true)
public class ApplicationLookup {

	private final Applications applications;

	ApplicationLookup(Applications applications) {
		this.applications = applications;
	}

	public Application visibleTo(Actor actor, Long id) {
		return this.applications.findById(id)
			.filter((application) -> actor.maySee(application.getCarrierId()))
			.orElseThrow(() -> new NotFoundException("application", id));
	}

	public List<Application> listFor(Actor actor, ApplicationStatus status) {
		if (actor.isCarrier()) {
			return (status != null) ? this.applications.findByCarrierIdAndStatusOrderByIdDesc(actor.carrierId(), status)
					: this.applications.findByCarrierIdOrderByIdDesc(actor.carrierId());
		}
		return (status != null) ? this.applications.findByStatusOrderByIdDesc(status)
				: this.applications.findAllByOrderByIdDesc();
	}

	/** For engine work that acts on no one's behalf. */
	public Application byId(Long id) {
		return this.applications.findById(id).orElseThrow(() -> new NotFoundException("application", id));
	}

}
