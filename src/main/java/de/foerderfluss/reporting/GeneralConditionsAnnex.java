package de.foerderfluss.reporting;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import de.foerderfluss.application.Application;
import de.foerderfluss.application.ApplicationLookup;
import de.foerderfluss.application.DocumentKind;
import de.foerderfluss.carrier.Carriers;
import de.foerderfluss.security.Actor;
import de.foerderfluss.shared.NotFoundException;
import org.springframework.core.io.Resource;
import org.springframework.core.io.ResourceLoader;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The general conditions that go with an approval notice as its annex: the PDF the
 * authority configured for ANBest-P or, for a municipality, ANBest-G.
 */
@Service
@Transactional(readOnly = true)
public class GeneralConditionsAnnex {

	private final ApplicationLookup lookup;

	private final Carriers carriers;

	private final ApprovalTerms terms;

	private final ResourceLoader resources;

	GeneralConditionsAnnex(ApplicationLookup lookup, Carriers carriers, ApprovalTerms terms, ResourceLoader resources) {
		this.lookup = lookup;
		this.carriers = carriers;
		this.terms = terms;
		this.resources = resources;
	}

	/**
	 * The annex for the case's carrier, for those who read its notices; not found when
	 * the authority configured none.
	 */
	public PdfDocument annexFor(Actor actor, Long applicationId) {
		if (!DocumentKind.APPROVAL_NOTICE.readableBy(actor)) {
			throw new AccessDeniedException("The general conditions go with the notices");
		}
		Application application = this.lookup.visibleTo(actor, applicationId);
		GeneralConditionsProperties.Conditions conditions = this.terms
			.conditionsFor(this.carriers.findById(application.getCarrierId())
				.orElseThrow(() -> new NotFoundException("carrier", application.getCarrierId()))
				.getLegalForm());
		if (!org.springframework.util.StringUtils.hasText(conditions.annex())) {
			throw new NotFoundException("document", conditions.name());
		}
		String location = conditions.annex().contains(":") ? conditions.annex() : "file:" + conditions.annex();
		Resource annex = this.resources.getResource(location);
		if (!annex.exists()) {
			throw new NotFoundException("document", conditions.name());
		}
		try (InputStream in = annex.getInputStream()) {
			return new PdfDocument(conditions.name() + ".pdf", in.readAllBytes());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
