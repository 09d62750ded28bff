package de.foerderfluss.proof.web;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import de.foerderfluss.application.ApplicationState;
import de.foerderfluss.application.MoneyTrails;
import de.foerderfluss.proof.CostLineDeviationPolicy;
import de.foerderfluss.proof.ProofOfUse;
import de.foerderfluss.proof.ProofService;
import de.foerderfluss.security.Actor;
import de.foerderfluss.shared.Money;
import de.foerderfluss.shared.NotFoundException;
import de.foerderfluss.web.Amount;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/applications/{id}")
class ProofController {

	private final ProofService proofs;

	private final MoneyTrails money;

	ProofController(ProofService proofs, MoneyTrails money) {
		this.money = money;
		this.proofs = proofs;
	}

	@PostMapping("/proof-of-use")
	@ResponseStatus(HttpStatus.CREATED)
	ProofView submit(@PathVariable Long id, @Valid @RequestBody ProofRequest request) {
		ProofOfUse proof = this.proofs.submit(id, request.toCommand());
		return ProofView.of(proof, this.proofs.deviationPolicy(id));
	}

	@GetMapping("/proof-of-use")
	ProofView get(@PathVariable Long id) {
		return this.proofs.proofOf(Actor.current(), id)
			.map((proof) -> ProofView.of(proof, this.proofs.deviationPolicy(id)))
			.orElseThrow(() -> new NotFoundException("proofOfUse", id));
	}

	@PostMapping("/proof-of-use/audit")
	ApplicationState audit(@PathVariable Long id, @Valid @RequestBody AuditRequest request) {
		Money recognised = (request.recognisedAmount() != null) ? Money.of(request.recognisedAmount()) : null;
		return this.money.stateOf(this.proofs.audit(id, request.accepted(), recognised, request.note()));
	}

	@PostMapping("/repayment")
	ApplicationState repayment(@PathVariable Long id, @Valid @RequestBody RepaymentRequest request) {
		return this.money.stateOf(this.proofs.confirmRepayment(id, Money.of(request.amount()), request.receivedOn()));
	}

	record ProofRequest(@NotNull @PositiveOrZero @Amount BigDecimal spentAmount,
			@NotBlank @Size(max = 8000) String report, @NotNull Boolean confirmed,
			@NotEmpty @Size(max = 50) List<@Valid @NotNull LineRequest> costItems) {

		ProofService.SubmitProof toCommand() {
			return new ProofService.SubmitProof(Money.of(this.spentAmount), this.report.strip(), this.confirmed,
					this.costItems.stream()
						.map((line) -> new ProofService.SubmitProof.Line(line.costItemId(), Money.of(line.amount())))
						.toList());
		}

		record LineRequest(@NotNull Long costItemId, @NotNull @PositiveOrZero @Amount BigDecimal amount) {
		}

	}

	record AuditRequest(@NotNull Boolean accepted, @PositiveOrZero @Amount BigDecimal recognisedAmount,
			@Size(max = 4000) String note) {
	}

	record RepaymentRequest(@NotNull @Amount BigDecimal amount, LocalDate receivedOn) {
	}

	record ProofView(Long id, Long applicationId, Money spentAmount, String report, boolean confirmed,
			List<LineView> costItems, String submittedBy, Instant submittedAt) {

		static ProofView of(ProofOfUse proof, CostLineDeviationPolicy policy) {
			return new ProofView(proof.getId(), proof.getApplicationId(), proof.getSpentAmount(), proof.getReport(),
					proof.isConfirmed(),
					proof.getLines()
						.stream()
						.map((line) -> new LineView(line.getCostItemId(), line.getCategory(), line.getDescription(),
								line.getPlanned(), line.getSpent(), policy.exceedsTolerance(line)))
						.toList(),
					proof.getSubmittedBy(), proof.getSubmittedAt());
		}

	}

	record LineView(Long costItemId, String category, String description, Money planned, Money spent,
			boolean exceedsTolerance) {
	}

}
