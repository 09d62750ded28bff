package de.foerderfluss.programme;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A town of the district in which measures take place. */
@Entity
@Table(name = "municipality")
public class Municipality {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String name;

	private String district;

	protected Municipality() {
	}

	public Municipality(String name, String district) {
		this.name = name;
		this.district = district;
	}

	public Long getId() {
		return this.id;
	}

	public String getName() {
		return this.name;
	}

	public String getDistrict() {
		return this.district;
	}

}
