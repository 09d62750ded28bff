package de.foerderfluss.programme;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A funding programme such as KOMM-AN NRW, Programmteil II. */
@Entity
@Table(name = "programme")
public class Programme {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	/** Prefix of the file numbers, e.g. {@code KA} for {@code KA-2026-0042}. */
	private String code;

	private String name;

	private String description;

	protected Programme() {
	}

	public Programme(String code, String name, String description) {
		this.code = code;
		this.name = name;
		this.description = description;
	}

	public Long getId() {
		return this.id;
	}

	public String getCode() {
		return this.code;
	}

	public String getName() {
		return this.name;
	}

	public String getDescription() {
		return this.description;
	}

}
