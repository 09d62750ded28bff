package de.foerderfluss.disbursement;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.LockModeType;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface GrantAccounts extends JpaRepository<GrantAccount, Long> {

	List<GrantAccount> findByApplicationIdIn(Collection<Long> applicationIds);

	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select a from GrantAccount a where a.applicationId = :applicationId")
	Optional<GrantAccount> findLocked(Long applicationId);

}
