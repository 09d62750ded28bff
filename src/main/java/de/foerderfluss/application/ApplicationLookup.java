package de.foerderfluss.application;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import de.foerderfluss.security.Actor;
import de.foerderfluss.shared.NotFoundException;
import jakarta.persistence.criteria.Predicate;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
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

	/**
	 * The newest applications that match the search, at most {@code limit}, with the
	 * number of all that match; a carrier finds only its own.
	 */
	public Found search(Actor actor, ApplicationSearch search, int limit) {
		Page<Application> page = this.applications.findAll(matching(actor, search),
				PageRequest.of(0, limit, Sort.by(Sort.Direction.DESC, "id")));
		return new Found(page.getContent(), page.getTotalElements());
	}

	private static Specification<Application> matching(Actor actor, ApplicationSearch search) {
		return (root, query, criteria) -> {
			List<Predicate> where = new ArrayList<>();
			if (actor.isCarrier()) {
				where.add(criteria.equal(root.get("carrierId"), actor.carrierId()));
			}
			if (search.status() != null) {
				where.add(criteria.equal(root.get("status"), search.status()));
			}
			if (search.moduleIds() != null) {
				where.add(search.moduleIds().isEmpty() ? criteria.disjunction()
						: root.get("fundingModuleId").in(search.moduleIds()));
			}
			if (search.municipalityId() != null) {
				where.add(criteria.equal(root.get("municipalityId"), search.municipalityId()));
			}
			if (search.text() != null && !search.text().isBlank()) {
				String pattern = "%" + search.text()
					.strip()
					.toLowerCase(Locale.ROOT)
					.replace("\\", "\\\\")
					.replace("%", "\\%")
					.replace("_", "\\_") + "%";
				List<Predicate> text = new ArrayList<>();
				text.add(criteria.like(criteria.lower(root.get("fileNumber")), pattern, '\\'));
				text.add(criteria.like(criteria.lower(root.get("title")), pattern, '\\'));
				if (search.carriersNamed() != null && !search.carriersNamed().isEmpty()) {
					text.add(root.get("carrierId").in(search.carriersNamed()));
				}
				where.add(criteria.or(text.toArray(Predicate[]::new)));
			}
			return criteria.and(where.toArray(Predicate[]::new));
		};
	}

	/** For engine work that acts on no one's behalf. */
	public Application byId(Long id) {
		return this.applications.findById(id).orElseThrow(() -> new NotFoundException("application", id));
	}

	/** For staff lists and engine work: the applications with these ids, by id. */
	public Map<Long, Application> byIds(Collection<Long> ids) {
		return this.applications.findByIdIn(ids)
			.stream()
			.collect(Collectors.toMap(Application::getId, Function.identity()));
	}

	/** The applications found, newest first, and how many match in all. */
	public record Found(List<Application> applications, long total) {

		public boolean truncated() {
			return this.total > this.applications.size();
		}

	}

}
