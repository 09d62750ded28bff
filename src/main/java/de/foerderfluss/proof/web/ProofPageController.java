package de.foerderfluss.proof.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import de.foerderfluss.application.Application;
import de.foerderfluss.application.ApplicationLookup;
import de.foerderfluss.application.CostItem;
import de.foerderfluss.application.MoneyTrail;
import de.foerderfluss.proof.CostLineDeviationPolicy;
import de.foerderfluss.proof.ProofOfUse;
import de.foerderfluss.proof.ProofQueries;
import de.foerderfluss.proof.ProofService;
import de.foerderfluss.security.Actor;
import de.foerderfluss.shared.Money;
import de.foerderfluss.web.FormErrors;
import de.foerderfluss.web.Formats;
import de.foerderfluss.web.PageController;
import jakarta.validation.Valid;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.support.MessageSourceAccessor;
import org.springframework.core.convert.ConversionException;
import org.springframework.core.convert.ConversionService;
import org.springframework.ui.Model;
import org.springframework.util.StringUtils;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The carrier's proof of use: spending per line of the cost plan, the report and the
 * confirmation that the money was spent necessarily, economically and as booked.
 */
@PageController
class ProofPageController {

	/** Euro digits before the decimal point an amount may have. */
	private static final int MAX_DIGITS = 10;

	private final ApplicationLookup applications;

	private final ProofService proofs;

	private final ProofQueries queries;

	private final MessageSourceAccessor messages;

	private final Formats formats;

	private final ConversionService conversions;

	ProofPageController(ApplicationLookup applications, ProofService proofs, ProofQueries queries,
			MessageSourceAccessor messages, Formats formats,
			@Qualifier("mvcConversionService") ConversionService conversions) {
		this.applications = applications;
		this.proofs = proofs;
		this.queries = queries;
		this.messages = messages;
		this.formats = formats;
		this.conversions = conversions;
	}

	@GetMapping("/antraege/{id}/verwendungsnachweis")
	String form(@PathVariable Long id, Model model) {
		Application application = open(id);
		ProofForm form = ProofForm.blank(this.queries.costPlanOf(Actor.current(), id));
		model.addAttribute("form", form);
		return page(application, List.of(), model);
	}

	@PostMapping("/antraege/{id}/verwendungsnachweis")
	String submit(@PathVariable Long id, @Valid @ModelAttribute("form") ProofForm form, BindingResult binding,
			Model model, RedirectAttributes redirect) {
		List<Money> spent = readAmounts(form, binding);
		// Checked here rather than on the form, so that it is listed after the lines.
		if (!StringUtils.hasText(form.report())) {
			binding.rejectValue("report", "proof.form.report.required");
		}
		return FormErrors.takeStep(binding, () -> {
			ProofOfUse proof = this.proofs.submit(id, form.toCommand(spent));
			CostLineDeviationPolicy policy = this.proofs.deviationPolicy(id);
			int flagged = policy.flagged(proof.getLines()).size();
			redirect.addFlashAttribute("success",
					this.messages.getMessage("proof.submitted",
							new Object[] { this.formats.money(proof.getSpentAmount()) })
							+ ((flagged > 0) ? " " + this.messages.getMessage("proof.submitted.flagged",
									new Object[] { flagged, policy.tolerancePercent() }) : ""));
			return "redirect:/antraege/" + id;
		}, () -> page(open(id), spent, model));
	}

	/**
	 * The amount of each line, read the way amounts are typed; a line without an amount
	 * (0 when nothing was spent), with an unreadable or a negative one is refused at its
	 * field and read as null.
	 */
	private List<Money> readAmounts(ProofForm form, BindingResult binding) {
		List<Money> amounts = new ArrayList<>();
		List<ProofForm.Line> lines = (form.lines() != null) ? form.lines() : List.of();
		for (int i = 0; i < lines.size(); i++) {
			String field = "lines[" + i + "].spent";
			String typed = (lines.get(i) != null) ? lines.get(i).spent() : null;
			Money amount = null;
			if (!StringUtils.hasText(typed)) {
				binding.rejectValue(field, "proof.form.spent.required");
			}
			else if (binding.getFieldError(field) == null) {
				amount = read(typed, field, binding);
			}
			amounts.add(amount);
		}
		return amounts;
	}

	private Money read(String typed, String field, BindingResult binding) {
		try {
			BigDecimal value = this.conversions.convert(typed.strip(), BigDecimal.class);
			if (value.signum() < 0) {
				binding.rejectValue(field, "PositiveOrZero");
				return null;
			}
			if (value.precision() - value.scale() > MAX_DIGITS) {
				binding.rejectValue(field, "proof.form.spent.too-large");
				return null;
			}
			return Money.of(value);
		}
		catch (ConversionException ex) {
			binding.rejectValue(field, "typeMismatch.java.math.BigDecimal");
			return null;
		}
	}

	/** The case, if its contract runs and the proof is still to come. */
	private Application open(Long id) {
		Application application = this.applications.visibleTo(Actor.current(), id);
		if (!this.queries.takesProof(application)) {
			throw ProofViews.notOpen(application, "step.proof");
		}
		return application;
	}

	private String page(Application application, List<Money> typed, Model model) {
		List<CostItem> items = this.queries.costPlanOf(Actor.current(), application.getId());
		CostLineDeviationPolicy policy = this.proofs.deviationPolicy(application);
		Map<Long, PlanLine> plan = new LinkedHashMap<>();
		for (CostItem item : items) {
			plan.put(item.getId(), new PlanLine(item.getCategory().name(), item.getDescription(), item.getAmount(),
					policy.limit(item.getAmount())));
		}
		Money approved = application.getApprovedAmount();
		MoneyTrail money = this.queries.moneyOf(application);
		Money open = money.called().minus(money.paid());
		model.addAttribute("caseFile", application);
		model.addAttribute("plan", plan);
		model.addAttribute("planned", Money.sum(items.stream().map(CostItem::getAmount)));
		model.addAttribute("approved", approved);
		model.addAttribute("paid", money.paid());
		model.addAttribute("openFundCalls", open.isPositive() ? open : null);
		model.addAttribute("typed", Money.sum(typed.stream().filter(Objects::nonNull)));
		model.addAttribute("tolerance", policy.tolerancePercent());
		model.addAttribute("perLine", policy.appliesPerLine());
		model.addAttribute("dueDate", this.queries.proofDueDate(application));
		model.addAttribute("overdue", this.queries.proofOverdue(application));
		return "proof/proof-of-use";
	}

	/**
	 * One line of the cost plan: the category (a key of {@code cost-category.*}), the
	 * description, the planned amount and the most it may reach without being flagged.
	 */
	public record PlanLine(String category, String description, Money planned, Money limit) {
	}

}
