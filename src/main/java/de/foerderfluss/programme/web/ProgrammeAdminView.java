package de.foerderfluss.programme.web;

import java.util.List;

import de.foerderfluss.shared.Money;

/**
 * A programme with its funding years and their modules, as the administration list shows
 * them.
 *
 * @param id the programme's id
 * @param code the prefix of its file numbers
 * @param name its name
 * @param description what it funds, if given
 * @param forwardingForm whether it forwards its grants by notice or by contract
 * @param years its funding years, earliest first
 */
public record ProgrammeAdminView(Long id, String code, String name, String description,
		de.foerderfluss.programme.ForwardingForm forwardingForm, List<Year> years) {

	/**
	 * A funding year.
	 *
	 * @param id the year's id
	 * @param year the calendar year
	 * @param allocation the year's allocation (Landeszuweisung)
	 * @param distributed what the modules have been given together
	 * @param booked what is booked on all modules (reserved + committed + disbursed −
	 * repaid)
	 * @param open whether the year takes applications
	 * @param modules its modules by code
	 */
	public record Year(Long id, int year, Money allocation, Money distributed, Money booked, boolean open,
			List<Module> modules) {

		public Money undistributed() {
			return this.allocation.minus(this.distributed);
		}

	}

	/**
	 * A module (Baustein), one budget line.
	 *
	 * @param id the module's id
	 * @param code A to D
	 * @param name its name
	 * @param description what it funds, if given
	 * @param allocation its share of the year's allocation
	 * @param booked reserved + committed + disbursed − repaid
	 * @param available what can still be reserved
	 */
	public record Module(Long id, String code, String name, String description, Money allocation, Money booked,
			Money available) {
	}

}
