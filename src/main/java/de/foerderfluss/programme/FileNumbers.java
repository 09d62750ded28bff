package de.foerderfluss.programme;

import de.foerderfluss.shared.NotFoundException;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
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

	private final EntityManager entityManager;

	FileNumbers(FundingYears years, EntityManager entityManager) {
		this.years = years;
		this.entityManager = entityManager;
	}

	/**
	 * The next number of the year. The submission has usually read the funding year
	 * before, so locking it is not enough: the row is read again under the lock, or the
	 * counter would be the one seen before another submission raised it.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public String next(Long fundingYearId) {
		FundingYear year = this.years.findById(fundingYearId)
			.orElseThrow(() -> new NotFoundException("fundingYear", fundingYearId));
		this.entityManager.refresh(year, LockModeType.PESSIMISTIC_WRITE);
		return year.nextFileNumber();
	}

}
