package de.foerderfluss.disbursement.web;

import java.time.Instant;

import de.foerderfluss.application.Application;
import de.foerderfluss.application.ApplicationLookup;
import de.foerderfluss.carrier.BankAccount;
import de.foerderfluss.carrier.Carrier;
import de.foerderfluss.disbursement.DisbursementQueries;
import de.foerderfluss.disbursement.DisbursementQueries.BudgetLine;
import de.foerderfluss.disbursement.DisbursementService;
import de.foerderfluss.disbursement.FundCall;
import de.foerderfluss.disbursement.FundCallStatus;
import de.foerderfluss.disbursement.Payout;
import de.foerderfluss.security.Actor;
import de.foerderfluss.web.FormErrors;
import de.foerderfluss.web.Formats;
import de.foerderfluss.web.PageController;
import org.springframework.context.support.MessageSourceAccessor;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The release order (Anordnung): finance checks payee, account, amount, budget line and
 * the verification by another person, and orders the payout.
 */
@PageController
class ReleasePageController {

	private final ApplicationLookup applications;

	private final DisbursementService disbursements;

	private final DisbursementQueries queries;

	private final DisbursementViews views;

	private final MessageSourceAccessor messages;

	private final Formats formats;

	private final NewBankAccounts newAccounts;

	ReleasePageController(ApplicationLookup applications, DisbursementService disbursements,
			DisbursementQueries queries, DisbursementViews views, MessageSourceAccessor messages, Formats formats,
			NewBankAccounts newAccounts) {
		this.applications = applications;
		this.disbursements = disbursements;
		this.queries = queries;
		this.views = views;
		this.messages = messages;
		this.formats = formats;
		this.newAccounts = newAccounts;
	}

	@GetMapping("/mittelabrufe/{id}/anordnung")
	String form(@PathVariable Long id, Model model) {
		model.addAttribute("form", new ReleaseForm());
		return page(id, model);
	}

	@PostMapping("/mittelabrufe/{id}/anordnung")
	String release(@PathVariable Long id, @ModelAttribute("form") ReleaseForm form, BindingResult binding, Model model,
			RedirectAttributes redirect) {
		return FormErrors.takeStep(binding, () -> {
			Payout payout = this.disbursements.release(id);
			redirect.addFlashAttribute("success", this.messages.getMessage("disbursement.release.done",
					new Object[] { payout.getId(), this.formats.money(payout.getAmount()), payout.getPayeeName() }));
			redirect.addFlashAttribute("printPayout", payout.getId());
			return "redirect:/kasse/auszahlungen";
		}, () -> page(id, model));
	}

	private String page(Long id, Model model) {
		Actor actor = Actor.current();
		FundCall fundCall = this.queries.fundCall(actor, id);
		Application application = this.applications.visibleTo(actor, fundCall.getApplicationId());
		Carrier carrier = this.views.carrierOf(application);
		Payout payout = this.queries.payoutOf(fundCall.getId()).orElse(null);
		People people = this.views.people();
		String payee = (payout != null) ? payout.getPayeeName() : carrier.getBankAccount().getAccountHolder();
		String iban = (payout != null) ? payout.getIban() : carrier.getBankAccount().getIban();
		model.addAttribute("order",
				new Order(payee, carrier.getName(), BankAccount.printed(iban), this.queries.budgetLineOf(application),
						people.name(fundCall.getVerifiedBy()), fundCall.getVerifiedAt(), fundCall.getVerificationNote(),
						!fundCall.releaseVerdict(actor.username()).isAllowed(),
						fundCall.getStatus() == FundCallStatus.VERIFIED, (payout != null) ? payout.getId() : null));
		if (payout == null) {
			model.addAttribute("accountChange", newAccount(carrier, people));
		}
		model.addAttribute("fundCall", this.views.row(fundCall, payout, people));
		model.addAttribute("caseFile", application);
		model.addAttribute("overview", this.views.overview(actor, application, false, fundCall.getId()));
		return "disbursement/release";
	}

	/** The carrier's changed account, while nothing has been paid to it. */
	private AccountChange newAccount(Carrier carrier, People people) {
		return this.newAccounts.unpaid(carrier.getId())
			.map((change) -> new AccountChange(change.getChangedAt(), people.name(change.getChangedBy()),
					BankAccount.printed(change.getPreviousIban()), change.getPreviousAccountHolder()))
			.orElse(null);
	}

	/**
	 * A bank account nothing has been paid to yet.
	 *
	 * @param changedAt when it replaced the previous one
	 * @param changedBy who entered it
	 * @param previousIban the account before, in groups of four
	 * @param previousHolder its holder
	 */
	public record AccountChange(Instant changedAt, String changedBy, String previousIban, String previousHolder) {
	}

	/**
	 * What the release order needs.
	 *
	 * @param payee the account holder
	 * @param carrier the carrier's name
	 * @param iban the IBAN in groups of four
	 * @param budgetLine where the payout is booked
	 * @param verifiedBy who confirmed the fund call as correct
	 * @param verifiedAt when
	 * @param verificationNote the verifier's note
	 * @param ownVerification whether the signed-in person verified it (four eyes)
	 * @param open whether the release order can be given now
	 * @param payoutId the payout, once released
	 */
	public record Order(String payee, String carrier, String iban, BudgetLine budgetLine, String verifiedBy,
			Instant verifiedAt, String verificationNote, boolean ownVerification, boolean open, Long payoutId) {
	}

}
