package de.foerderfluss.security;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.LockModeType;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface LoginCounters extends JpaRepository<LoginCounter, LoginCounter.Key> {

	/** The count under the key, locked until the transaction ends; empty if none yet. */
	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select c from LoginCounter c where c.kind = :kind and c.key = :key")
	Optional<LoginCounter> lock(LoginCounter.Kind kind, String key);

	@Query("select c from LoginCounter c where (c.kind = :accountKind and c.key = :account) "
			+ "or (c.kind = :addressKind and c.key = :address)")
	List<LoginCounter> of(LoginCounter.Kind accountKind, String account, LoginCounter.Kind addressKind, String address);

	/** The counts of the kind whose next attempt must still wait, by key. */
	@Query("select c from LoginCounter c where c.kind = :kind and c.lockedUntil > :now order by c.key")
	List<LoginCounter> waiting(LoginCounter.Kind kind, Instant now);

	@Modifying
	@Query("delete from LoginCounter c where c.kind = :kind and c.key = :key")
	int forget(LoginCounter.Kind kind, String key);

	/** Drops the counts whose last failure is forgotten and whose wait is over. */
	@Modifying
	@Query("delete from LoginCounter c where c.kind = :kind and c.lastFailure <= :failedBefore "
			+ "and (c.lockedUntil is null or c.lockedUntil <= :now)")
	int forgetOld(LoginCounter.Kind kind, Instant failedBefore, Instant now);

}
