package de.foerderfluss.security;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.LockModeType;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

public interface UserAccounts extends JpaRepository<UserAccount, Long> {

	Optional<UserAccount> findByUsername(String username);

	List<UserAccount> findByCarrierId(Long carrierId);

	boolean existsByRoles(Role role);

	/** The enabled accounts that hold the role. */
	List<UserAccount> findByRolesAndEnabledTrue(Role role);

	/**
	 * The id alone: the account itself is loaded only under the lock of {@link #lockAll},
	 * so its state is the committed one.
	 */
	@Query("select u.id from UserAccount u where u.username = :username")
	Optional<Long> idOf(String username);

	/** Rows of {@code [carrierId, number of accounts]}. */
	@Query("select u.carrierId, count(u) from UserAccount u where u.carrierId is not null group by u.carrierId")
	List<Object[]> countPerCarrier();

	/**
	 * Locks the accounts in the order of their ids, so that two administrators changing
	 * each other wait for one another instead of both succeeding.
	 */
	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select u from UserAccount u where u.id in :ids order by u.id")
	List<UserAccount> lockAll(Collection<Long> ids);

}
