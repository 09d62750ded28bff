package de.foerderfluss.programme;

import de.foerderfluss.shared.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Hands out file numbers (Aktenzeichen) per funding year without gaps: the counter is
 * raised under a row lock in the submitting transaction and rolls back with it.
 */
@Service
public class FileNumbers {

	private final FundingYears years;

	FileNumbers(FundingYears years) {
		this.years = years;
	}

	@Transactional(propagation = Propagation.MANDATORY)
	public String next(Long fundingYearId) {
		return this.years.lockById(fundingYearId)
			.orElseThrow(() -> new NotFoundException("fundingYear", fundingYearId))
			.nextFileNumber();
	}

}
