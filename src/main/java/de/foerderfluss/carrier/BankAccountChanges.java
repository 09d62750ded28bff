package de.foerderfluss.carrier;

import java.util.List;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

/** Append-only: changes are saved and read, never updated or deleted. */
interface BankAccountChanges extends Repository<BankAccountChange, Long> {

	BankAccountChange save(BankAccountChange change);

	List<BankAccountChange> findByCarrierIdOrderByIdDesc(Long carrierId);

	/** The latest change (not a first entry) of each carrier's account. */
	@Query("""
			select c from BankAccountChange c where c.id in (
				select max(l.id) from BankAccountChange l where l.previousIban is not null group by l.carrierId)""")
	List<BankAccountChange> latestChanges();

}
