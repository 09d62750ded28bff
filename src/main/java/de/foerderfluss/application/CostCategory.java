package de.foerderfluss.application;

/** Cost categories of a cost plan (Kostenplan). */
public enum CostCategory {

	PERSONNEL, FEES, MATERIAL, RENT, EQUIPMENT, RENOVATION, TRAVEL, CATERING, PUBLICITY, OTHER

}
