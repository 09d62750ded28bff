package de.foerderfluss.proof.web;

import de.foerderfluss.application.Application;
import de.foerderfluss.application.ApplicationLookup;
import de.foerderfluss.application.ApplicationStatus;
import de.foerderfluss.proof.Clawback;
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
 * Finance confirms money the carrier paid back on a clawback, in one or several parts;
 * the case closes once nothing is outstanding.
 */
@PageController
class RepaymentPageController {

	private final ApplicationLookup applications;

	private final ProofService proofs;

	private final ProofViews views;

	private final MessageSourceAccessor messages;

	private final Formats formats;

	RepaymentPageController(ApplicationLookup applications, ProofService proofs, ProofViews views,
			MessageSourceAccessor messages, Formats formats) {
		this.applications = applications;
		this.proofs = proofs;
		this.views = views;
		this.messages = messages;
		this.formats = formats;
	}

	@GetMapping("/antraege/{id}/rueckzahlung")
	String form(@PathVariable Long id, Model model) {
		Application application = this.applications.visibleTo(Actor.current(), id);
		Money outstanding = this.proofs.clawbackOf(id).map(Clawback::outstanding).orElse(Money.ZERO);
		model.addAttribute("form", new RepaymentForm(outstanding.amount(), null));
		return page(application, model);
	}

	@PostMapping("/antraege/{id}/rueckzahlung")
	String confirm(@PathVariable Long id, @Valid @ModelAttribute("form") RepaymentForm form, BindingResult binding,
			Model model, RedirectAttributes redirect) {
		return FormErrors.takeStep(binding, () -> {
			Money amount = Money.of(form.amount());
			Application repaid = this.proofs.confirmRepayment(id, amount, form.receivedOn());
			redirect.addFlashAttribute("success", done(repaid, amount));
			return "redirect:/kasse/rueckzahlungen";
		}, () -> page(this.applications.visibleTo(Actor.current(), id), model));
	}

	private String done(Application repaid, Money amount) {
		String received = this.formats.money(amount);
		if (repaid.getStatus() != ApplicationStatus.REPAYMENT_DUE) {
			return this.messages.getMessage("proof.repayment.done.settled",
					new Object[] { received, repaid.getFileNumber() });
		}
		Money outstanding = this.proofs.clawbackOf(repaid.getId()).map(Clawback::outstanding).orElse(Money.ZERO);
		return this.messages.getMessage("proof.repayment.done.partly",
				new Object[] { received, repaid.getFileNumber(), this.formats.money(outstanding) });
	}

	private String page(Application application, Model model) {
		Clawback clawback = this.proofs.clawbackOf(application.getId())
			.orElseThrow(() -> ProofViews.notOpen(application, "step.repayment"));
		model.addAttribute("caseFile", application);
		model.addAttribute("carrier", this.views.carrierOf(application));
		model.addAttribute("clawback", this.views.clawback(application, clawback, true));
		model.addAttribute("open", application.getStatus() == ApplicationStatus.REPAYMENT_DUE);
		return "proof/repayment";
	}

}
