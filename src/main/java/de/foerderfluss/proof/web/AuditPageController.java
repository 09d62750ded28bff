package de.foerderfluss.proof.web;

import de.foerderfluss.application.Application;
import de.foerderfluss.application.ApplicationLookup;
import de.foerderfluss.application.ApplicationStatus;
import de.foerderfluss.application.MoneyTrail;
import de.foerderfluss.proof.ProofOfUse;
import de.foerderfluss.proof.ProofService;
import de.foerderfluss.security.Actor;
import de.foerderfluss.shared.Money;
import de.foerderfluss.web.FormErrors;
import de.foerderfluss.web.Formats;
import de.foerderfluss.web.PageController;
import jakarta.validation.Valid;
import org.springframework.context.support.MessageSourceAccessor;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A case worker audits the proof of use: spending per line against the plan, lines beyond
 * the tolerance flagged, and how much is recognised; less than was paid is reclaimed.
 */
@PageController
class AuditPageController {

	private final ApplicationLookup applications;

	private final ProofService proofs;

	private final ProofViews views;

	private final MessageSourceAccessor messages;

	private final Formats formats;

	AuditPageController(ApplicationLookup applications, ProofService proofs, ProofViews views,
			MessageSourceAccessor messages, Formats formats) {
		this.applications = applications;
		this.proofs = proofs;
		this.views = views;
		this.messages = messages;
		this.formats = formats;
	}

	@GetMapping("/antraege/{id}/verwendungsnachweis/pruefung")
	String form(@PathVariable Long id, Model model) {
		Application application = this.applications.visibleTo(Actor.current(), id);
		ProofOfUse proof = proofOf(application);
		AuditForm form = new AuditForm(null, recognisable(application, proof).amount(), null);
		model.addAttribute("form", form);
		return page(application, proof, form.recognised(), model);
	}

	@PostMapping("/antraege/{id}/verwendungsnachweis/pruefung")
	String audit(@PathVariable Long id, @Valid @ModelAttribute("form") AuditForm form, BindingResult binding,
			Model model, RedirectAttributes redirect) {
		return FormErrors.takeStep(binding, () -> {
			Application audited = this.proofs.audit(id, form.accepted(), form.recognised(), form.note());
			redirect.addFlashAttribute("success", done(audited));
			return "redirect:/aufgaben";
		}, () -> shownAgain(id, form, model));
	}

	private String shownAgain(Long id, AuditForm form, Model model) {
		Application application = this.applications.visibleTo(Actor.current(), id);
		return page(application, proofOf(application), (form != null) ? form.recognised() : null, model);
	}

	private String done(Application audited) {
		MoneyTrail money = this.views.money(audited);
		String recognised = this.formats.money(money.recognised());
		if (audited.getStatus() == ApplicationStatus.HEARING) {
			Money proposed = money.paid().minus(money.recognised());
			return proposed.isPositive()
					? this.messages.getMessage("proof.audit.done.hearing",
							new Object[] { audited.getFileNumber(), recognised, this.formats.money(proposed) })
					: this.messages.getMessage("proof.audit.done.rejection-hearing",
							new Object[] { audited.getFileNumber() });
		}
		return this.messages.getMessage("proof.audit.done.closed",
				new Object[] { audited.getFileNumber(), recognised });
	}

	private ProofOfUse proofOf(Application application) {
		return this.proofs.proofOf(Actor.current(), application.getId())
			.orElseThrow(() -> ProofViews.notOpen(application, "step.audit"));
	}

	/** At most what was spent, capped by the approved amount. */
	private static Money recognisable(Application application, ProofOfUse proof) {
		return proof.getSpentAmount().min(application.getApprovedAmount());
	}

	private String page(Application application, ProofOfUse proof, Money typed, Model model) {
		Money paid = this.views.money(application).paid();
		Money unpaid = application.getApprovedAmount().minus(paid);
		model.addAttribute("caseFile", application);
		model.addAttribute("carrier", this.views.carrierOf(application));
		model.addAttribute("figures", this.views.figures(proof));
		model.addAttribute("proof", proof);
		model.addAttribute("submittedBy", this.views.name(proof.getSubmittedBy()));
		model.addAttribute("paid", paid);
		model.addAttribute("recognisable", recognisable(application, proof));
		model.addAttribute("unpaid", unpaid.isPositive() ? unpaid : null);
		model.addAttribute("preview", preview(typed, paid));
		model.addAttribute("open", application.getStatus() == ApplicationStatus.PROOF_IN_AUDIT);
		model.addAttribute("audit", this.views.audited(application.getId()));
		return "proof/audit";
	}

	/**
	 * What the audit will lead to, in the words of the page's script: a clawback of the
	 * difference to what was paid, or the case closed.
	 */
	private String preview(Money recognised, Money paid) {
		if (recognised == null) {
			return this.messages.getMessage("proof.audit.preview.none");
		}
		Money clawback = paid.minus(recognised);
		return clawback.isPositive()
				? this.messages.getMessage("proof.audit.preview.clawback",
						new Object[] { this.formats.money(clawback) })
				: this.messages.getMessage("proof.audit.preview.closed");
	}

}
