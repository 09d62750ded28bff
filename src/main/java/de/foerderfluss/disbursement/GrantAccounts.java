package de.foerderfluss.disbursement;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface GrantAccounts extends JpaRepository<GrantAccount, Long> {

	List<GrantAccount> findByApplicationIdIn(Collection<Long> applicationIds);

}
