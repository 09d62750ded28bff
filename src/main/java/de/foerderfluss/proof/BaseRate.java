package de.foerderfluss.proof;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;
import org.springframework.data.annotation.CreatedBy;
import org.springframework.data.annotation.CreatedDate;
import org.springframework.data.jpa.domain.support.AuditingEntityListener;

/**
 * The base rate (Basiszinssatz, § 247 BGB) of one half-year, as the Deutsche Bundesbank
 * published it: valid from 1 January or 1 July until the next half-year begins. An entry
 * is never changed; a half-year without its entry blocks every interest computation that
 * reaches into it.
 */
@Entity
@EntityListeners(AuditingEntityListener.class)
@Immutable
@Table(name = "base_rate")
public class BaseRate {

	@Id
	private LocalDate validFrom;

	private BigDecimal ratePercent;

	@CreatedBy
	private String recordedBy;

	@CreatedDate
	private Instant recordedAt;

	protected BaseRate() {
	}

	BaseRate(LocalDate validFrom, BigDecimal ratePercent) {
		this.validFrom = validFrom;
		this.ratePercent = ratePercent;
	}

	public LocalDate getValidFrom() {
		return this.validFrom;
	}

	public BigDecimal getRatePercent() {
		return this.ratePercent;
	}

	public String getRecordedBy() {
		return this.recordedBy;
	}

	public Instant getRecordedAt() {
		return this.recordedAt;
	}

}
