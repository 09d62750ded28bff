package de.foerderfluss.proof.web;

import java.util.ArrayList;
import java.util.List;

import de.foerderfluss.application.CostItem;
import de.foerderfluss.proof.ProofService.SubmitProof;
import de.foerderfluss.shared.Money;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * The proof of use as the carrier types it: the amount spent per line of the cost plan,
 * the report and the confirmation. The total is not typed: it is the sum of the lines.
 * Whether the proof may be submitted now and the confirmation is given, the service
 * decides.
 *
 * <p>
 * The amounts stay text until the controller reads them, so that a line that cannot be
 * read is refused at its field while the other lines and the report keep what was typed.
 */
record ProofForm(@NotEmpty @Valid List<@NotNull Line> lines, @Size(max = 8000) String report, Boolean confirmed) {

	/** A form with one empty line per line of the cost plan, in its order. */
	static ProofForm blank(List<CostItem> plan) {
		return new ProofForm(plan.stream().map((item) -> new Line(item.getId(), null)).toList(), null, null);
	}

	/** The proof for the service with the amounts read from the lines, in their order. */
	SubmitProof toCommand(List<Money> spent) {
		List<SubmitProof.Line> lines = new ArrayList<>();
		for (int i = 0; i < this.lines.size(); i++) {
			lines.add(new SubmitProof.Line(this.lines.get(i).costItemId(), spent.get(i)));
		}
		return new SubmitProof(Money.sum(spent.stream()), this.report.strip(), Boolean.TRUE.equals(this.confirmed),
				lines);
	}

	/** The amount spent on one line of the cost plan, as typed ({@code 1.234,56}). */
	record Line(@NotNull Long costItemId, @Size(max = 20) String spent) {
	}

}
