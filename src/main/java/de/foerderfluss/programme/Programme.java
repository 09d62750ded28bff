package de.foerderfluss.programme;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
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

	@Enumerated(EnumType.STRING)
	private ForwardingForm forwardingForm = ForwardingForm.CONTRACT;

	protected Programme() {
	}

	public Programme(String code, String name, String description) {
		this(code, name, description, ForwardingForm.CONTRACT);
	}

	public Programme(String code, String name, String description, ForwardingForm forwardingForm) {
		this.code = code;
		this.name = name;
		this.description = description;
		this.forwardingForm = forwardingForm;
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

	/** Whether grants are forwarded by notice or by contract. */
	public ForwardingForm getForwardingForm() {
		return this.forwardingForm;
	}

	/**
	 * Changes the form for the decisions to come; cases approved before keep the form
	 * they were approved in.
	 */
	public void changeForwardingForm(ForwardingForm forwardingForm) {
		this.forwardingForm = forwardingForm;
	}

}
