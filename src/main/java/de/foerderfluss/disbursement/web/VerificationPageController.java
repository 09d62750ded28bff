package de.foerderfluss.disbursement.web;

import de.foerderfluss.application.Application;
import de.foerderfluss.application.ApplicationLookup;
import de.foerderfluss.disbursement.DisbursementQueries;
import de.foerderfluss.disbursement.DisbursementService;
import de.foerderfluss.disbursement.FundCall;
import de.foerderfluss.disbursement.FundCallStatus;
import de.foerderfluss.security.Actor;
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
 * A case worker confirms that a fund call is factually and arithmetically correct
 * ("sachlich und rechnerisch richtig"), or finds it not correct.
 */
@PageController
class VerificationPageController {

	private final ApplicationLookup applications;

	private final DisbursementService disbursements;

	private final DisbursementQueries queries;

	private final DisbursementViews views;

	private final MessageSourceAccessor messages;

	private final Formats formats;

	VerificationPageController(ApplicationLookup applications, DisbursementService disbursements,
			DisbursementQueries queries, DisbursementViews views, MessageSourceAccessor messages, Formats formats) {
		this.applications = applications;
		this.disbursements = disbursements;
		this.queries = queries;
		this.views = views;
		this.messages = messages;
		this.formats = formats;
	}

	@GetMapping("/mittelabrufe/{id}/pruefung")
	String form(@PathVariable Long id, Model model) {
		model.addAttribute("form", new VerificationForm(null, null));
		return page(id, model);
	}

	@PostMapping("/mittelabrufe/{id}/pruefung")
	String verify(@PathVariable Long id, @Valid @ModelAttribute("form") VerificationForm form, BindingResult binding,
			Model model, RedirectAttributes redirect) {
		return FormErrors.takeStep(binding, () -> {
			FundCall fundCall = this.disbursements.verify(id, form.correct(), form.note());
			String code = (fundCall.getStatus() == FundCallStatus.VERIFIED) ? "disbursement.verification.verified"
					: "disbursement.verification.not-correct";
			redirect.addFlashAttribute("success", this.messages.getMessage(code,
					new Object[] { fundCall.getId(), this.formats.money(fundCall.getAmount()) }));
			return "redirect:/aufgaben";
		}, () -> page(id, model));
	}

	private String page(Long id, Model model) {
		Actor actor = Actor.current();
		FundCall fundCall = this.queries.fundCall(actor, id);
		Application application = this.applications.visibleTo(actor, fundCall.getApplicationId());
		People people = this.views.people();
		model.addAttribute("fundCall", this.views.row(fundCall, null, people));
		model.addAttribute("caseFile", application);
		model.addAttribute("carrier", this.views.carrierOf(application));
		model.addAttribute("open", fundCall.getStatus() == FundCallStatus.SUBMITTED);
		model.addAttribute("overview", this.views.overview(actor, application, false, fundCall.getId()));
		return "disbursement/verification";
	}

}
