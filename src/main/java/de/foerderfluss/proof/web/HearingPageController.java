package de.foerderfluss.proof.web;

import java.util.List;

import de.foerderfluss.application.Application;
import de.foerderfluss.application.ApplicationDocument;
import de.foerderfluss.application.ApplicationLookup;
import de.foerderfluss.application.DocumentKind;
import de.foerderfluss.application.DocumentStore;
import de.foerderfluss.application.MoneyTrail;
import de.foerderfluss.proof.Hearing;
import de.foerderfluss.proof.HearingService;
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
 * The hearing's two forms: the carrier answers (a text and uploads of the case), the case
 * worker decides after the answer or the lapse, with reasons.
 */
@PageController
class HearingPageController {

	private final ApplicationLookup applications;

	private final HearingService hearings;

	private final DocumentStore documents;

	private final ProofViews views;

	private final MessageSourceAccessor messages;

	private final Formats formats;

	HearingPageController(ApplicationLookup applications, HearingService hearings, DocumentStore documents,
			ProofViews views, MessageSourceAccessor messages, Formats formats) {
		this.applications = applications;
		this.hearings = hearings;
		this.documents = documents;
		this.views = views;
		this.messages = messages;
		this.formats = formats;
	}

	@GetMapping("/antraege/{id}/anhoerung")
	String answerForm(@PathVariable Long id, Model model) {
		model.addAttribute("form", new HearingAnswerForm(null, List.of()));
		return answerPage(id, model);
	}

	@PostMapping("/antraege/{id}/anhoerung")
	String answer(@PathVariable Long id, @Valid @ModelAttribute("form") HearingAnswerForm form, BindingResult binding,
			Model model, RedirectAttributes redirect) {
		return FormErrors.takeStep(binding, () -> {
			this.hearings.answer(id, form.text(), form.documentIds());
			redirect.addFlashAttribute("success", this.messages.getMessage("proof.hearing.answered"));
			return "redirect:/antraege/" + id;
		}, () -> answerPage(id, model));
	}

	@GetMapping("/antraege/{id}/anhoerung/entscheidung")
	String decisionForm(@PathVariable Long id, Model model) {
		Hearing hearing = hearingOf(this.applications.visibleTo(Actor.current(), id), "step.hearing");
		model.addAttribute("form", new HearingDecisionForm(null, hearing.getProposedAmount().amount(), null, null));
		return decisionPage(id, model);
	}

	@PostMapping("/antraege/{id}/anhoerung/entscheidung")
	String decide(@PathVariable Long id, @Valid @ModelAttribute("form") HearingDecisionForm form, BindingResult binding,
			Model model, RedirectAttributes redirect) {
		return FormErrors.takeStep(binding, () -> {
			Application decided = this.hearings.decide(id, Boolean.TRUE.equals(form.uphold()),
					Boolean.TRUE.equals(form.uphold()) ? form.reclaimed() : null, form.reasons(),
					form.ineffectiveFrom());
			MoneyTrail money = this.views.money(decided);
			redirect.addFlashAttribute("success",
					(money.repayment() != null)
							? this.messages.getMessage("proof.hearing.decided.clawback",
									new Object[] { decided.getFileNumber(), this.formats.money(money.repayment()) })
							: this.messages.getMessage("proof.hearing.decided.dropped",
									new Object[] { decided.getFileNumber() }));
			return "redirect:/aufgaben";
		}, () -> decisionPage(id, model));
	}

	private String answerPage(Long id, Model model) {
		Actor actor = Actor.current();
		Application application = this.applications.visibleTo(actor, id);
		Hearing hearing = hearingOf(application, "step.hearing-answer");
		ProofOverview.HearingSummary summary = this.views.hearing(actor, application, hearing);
		if (summary.answerPath() == null) {
			throw ProofViews.notOpen(application, "step.hearing-answer");
		}
		List<ApplicationDocument> uploads = this.documents.listFor(actor, id)
			.stream()
			.filter((document) -> document.getKind() == DocumentKind.UPLOAD)
			.toList();
		model.addAttribute("caseFile", application);
		model.addAttribute("hearing", summary);
		model.addAttribute("uploads", uploads);
		return "proof/hearing-answer";
	}

	private String decisionPage(Long id, Model model) {
		Actor actor = Actor.current();
		Application application = this.applications.visibleTo(actor, id);
		Hearing hearing = hearingOf(application, "step.hearing");
		model.addAttribute("caseFile", application);
		model.addAttribute("carrier", this.views.carrierOf(application));
		model.addAttribute("hearing", this.views.hearing(actor, application, hearing));
		model.addAttribute("audit", this.views.audited(id));
		model.addAttribute("paid", hearing.getPaidAmount());
		model.addAttribute("open", hearing.isReadyForDecision());
		model.addAttribute("waiting", hearing.getOutcome() == null && !hearing.isReadyForDecision());
		return "proof/hearing-decision";
	}

	private Hearing hearingOf(Application application, String step) {
		return this.hearings.hearingOf(Actor.current(), application.getId())
			.orElseThrow(() -> ProofViews.notOpen(application, step));
	}

}
