package de.foerderfluss.proof.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;

import de.foerderfluss.application.Application;
import de.foerderfluss.application.ApplicationLookup;
import de.foerderfluss.application.ApplicationStatus;
import de.foerderfluss.proof.BaseRateMissingException;
import de.foerderfluss.proof.InterestClaim;
import de.foerderfluss.proof.InterestComputation;
import de.foerderfluss.proof.InterestService;
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
 * A case worker sets the interest of a repaid clawback (or waives it); finance confirms
 * its payment.
 */
@PageController
class InterestPageController {

	private final ApplicationLookup applications;

	private final InterestService interest;

	private final ProofService proofs;

	private final ProofViews views;

	private final MessageSourceAccessor messages;

	private final Formats formats;

	private final Clock clock;

	InterestPageController(ApplicationLookup applications, InterestService interest, ProofService proofs,
			ProofViews views, MessageSourceAccessor messages, Formats formats, Clock clock) {
		this.proofs = proofs;
		this.applications = applications;
		this.interest = interest;
		this.views = views;
		this.messages = messages;
		this.formats = formats;
		this.clock = clock;
	}

	@GetMapping("/antraege/{id}/zinsen")
	String decision(@PathVariable Long id, Model model) {
		model.addAttribute("form", new InterestForm(false, null));
		return decisionPage(this.applications.visibleTo(Actor.current(), id), model);
	}

	@PostMapping("/antraege/{id}/zinsen")
	String decide(@PathVariable Long id, @Valid @ModelAttribute("form") InterestForm form, BindingResult binding,
			Model model, RedirectAttributes redirect) {
		return FormErrors.takeStep(binding, () -> {
			InterestClaim claim = this.interest.decide(id, form.waive(), form.reason());
			Application application = this.applications.visibleTo(Actor.current(), id);
			redirect.addFlashAttribute("success",
					this.messages.getMessage(
							claim.isWaived() ? "proof.interest.done.waived" : "proof.interest.done.set",
							new Object[] { this.formats.money(claim.getAmount()), application.getFileNumber() }));
			return "redirect:/antraege/" + id;
		}, () -> decisionPage(this.applications.visibleTo(Actor.current(), id), model));
	}

	@GetMapping("/antraege/{id}/zinszahlung")
	String payment(@PathVariable Long id, Model model) {
		Application application = this.applications.visibleTo(Actor.current(), id);
		Money outstanding = this.interest.claimOf(id).map(InterestClaim::outstanding).orElse(Money.ZERO);
		model.addAttribute("form", new InterestPaymentForm(outstanding.amount(), LocalDate.now(this.clock)));
		return paymentPage(application, model);
	}

	@PostMapping("/antraege/{id}/zinszahlung")
	String confirm(@PathVariable Long id, @Valid @ModelAttribute("form") InterestPaymentForm form,
			BindingResult binding, Model model, RedirectAttributes redirect) {
		return FormErrors.takeStep(binding, () -> {
			Money amount = Money.of(form.amount());
			Application paid = this.interest.confirmPayment(id, amount, form.receivedOn());
			String code = (paid.getStatus() == ApplicationStatus.CLOSED) ? "proof.interest-payment.done.settled"
					: "proof.interest-payment.done.partly";
			Money outstanding = this.interest.claimOf(id).map(InterestClaim::outstanding).orElse(Money.ZERO);
			redirect.addFlashAttribute("success", this.messages.getMessage(code, new Object[] {
					this.formats.money(amount), paid.getFileNumber(), this.formats.money(outstanding) }));
			return "redirect:/kasse/rueckzahlungen";
		}, () -> paymentPage(this.applications.visibleTo(Actor.current(), id), model));
	}

	private String decisionPage(Application application, Model model) {
		Optional<InterestClaim> claim = this.interest.claimOf(application.getId());
		boolean open = application.getStatus() == ApplicationStatus.INTEREST_DUE && claim.isEmpty();
		if (!open && claim.isEmpty()) {
			throw ProofViews.notOpen(application, "step.interest");
		}
		model.addAttribute("caseFile", application);
		model.addAttribute("carrier", this.views.carrierOf(application));
		this.proofs.clawbackOf(application.getId())
			.ifPresent((c) -> model.addAttribute("clawback", this.views.clawback(application, c, true)));
		model.addAttribute("waiverLimit", this.interest.properties().waiverLimitAmount());
		if (claim.isPresent()) {
			model.addAttribute("claim", claim.get());
			model.addAttribute("computation", new InterestComputation(claim.get().getMarginPercent(),
					claim.get().getPeriods(), claim.get().getAmount()));
		}
		else {
			try {
				InterestComputation computation = this.interest.proposal(Actor.current(), application.getId());
				model.addAttribute("computation", computation);
				model.addAttribute("waivable",
						computation.total().isLessThan(this.interest.properties().waiverLimitAmount()));
			}
			catch (BaseRateMissingException ex) {
				model.addAttribute("missingRates", this.messages.getMessage(ex));
			}
		}
		model.addAttribute("open", open);
		return "proof/interest";
	}

	private String paymentPage(Application application, Model model) {
		InterestClaim claim = this.interest.claimOf(application.getId())
			.filter((set) -> !set.isWaived())
			.orElseThrow(() -> ProofViews.notOpen(application, "step.interest"));
		model.addAttribute("caseFile", application);
		model.addAttribute("carrier", this.views.carrierOf(application));
		model.addAttribute("claim", claim);
		model.addAttribute("payments", this.interest.paymentsOf(application.getId()));
		model.addAttribute("today", LocalDate.now(this.clock));
		model.addAttribute("open", application.getStatus() == ApplicationStatus.INTEREST_DUE);
		return "proof/interest-payment";
	}

}
