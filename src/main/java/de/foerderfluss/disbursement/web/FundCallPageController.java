package de.foerderfluss.disbursement.web;

import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;
import java.time.temporal.ChronoUnit;

import de.foerderfluss.application.Application;
import de.foerderfluss.application.ApplicationLookup;
import de.foerderfluss.disbursement.DisbursementQueries;
import de.foerderfluss.disbursement.DisbursementService;
import de.foerderfluss.disbursement.FundCall;
import de.foerderfluss.security.Actor;
import de.foerderfluss.shared.Messages;
import de.foerderfluss.shared.Money;
import de.foerderfluss.shared.StepNotAllowedException;
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

/** The carrier calls funds of an approved, running application. */
@PageController
class FundCallPageController {

	private final ApplicationLookup applications;

	private final DisbursementService disbursements;

	private final DisbursementQueries queries;

	private final DisbursementViews views;

	private final MessageSourceAccessor messages;

	private final Formats formats;

	private final Clock clock;

	FundCallPageController(ApplicationLookup applications, DisbursementService disbursements,
			DisbursementQueries queries, DisbursementViews views, MessageSourceAccessor messages, Formats formats,
			Clock clock) {
		this.applications = applications;
		this.disbursements = disbursements;
		this.queries = queries;
		this.views = views;
		this.messages = messages;
		this.formats = formats;
		this.clock = clock;
	}

	@GetMapping("/antraege/{id}/mittelabruf")
	String form(@PathVariable Long id, Model model) {
		model.addAttribute("form", new FundCallForm(null, LocalDate.now(this.clock), null));
		return page(id, model);
	}

	@PostMapping("/antraege/{id}/mittelabruf")
	String call(@PathVariable Long id, @Valid @ModelAttribute("form") FundCallForm form, BindingResult binding,
			Model model, RedirectAttributes redirect) {
		return FormErrors.takeStep(binding, () -> {
			FundCall fundCall = this.disbursements.callFunds(id, Money.of(form.amount()), form.neededOn(), form.note());
			redirect.addFlashAttribute("success",
					this.messages.getMessage("disbursement.fund-call.submitted", new Object[] { fundCall.getId(),
							this.formats.money(fundCall.getAmount()), this.formats.date(fundCall.getNeededOn()) }));
			return "redirect:/antraege/" + id;
		}, () -> page(id, model));
	}

	private String page(Long id, Model model) {
		Actor actor = Actor.current();
		Application application = this.applications.visibleTo(actor, id);
		if (!this.queries.takesFundCalls(application)) {
			throw new StepNotAllowedException("error.step-not-allowed", Messages.code("step.fund-call"),
					Messages.code("status." + application.getStatus().name()));
		}
		LocalDate latest = this.queries.latestNeededOn();
		model.addAttribute("caseFile", application);
		model.addAttribute("overview", this.views.overview(actor, application, false, null));
		model.addAttribute("possible", this.queries.fundCallPossible(application));
		model.addAttribute("latest", latest);
		model.addAttribute("latestIso", latest.toString());
		model.addAttribute("horizon", horizon(this.queries.fundCallHorizon(), latest));
		return "disbursement/fund-call";
	}

	/** "2 Monate", or the days when the horizon is not whole months. */
	private String horizon(Period period, LocalDate latest) {
		if (period.getYears() == 0 && period.getDays() == 0 && period.getMonths() > 0) {
			return this.messages.getMessage("disbursement.horizon.months", new Object[] { period.getMonths() });
		}
		return this.messages.getMessage("disbursement.horizon.days",
				new Object[] { ChronoUnit.DAYS.between(LocalDate.now(this.clock), latest) });
	}

}
