package de.foerderfluss.proof;

import java.time.LocalDate;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface BaseRates extends JpaRepository<BaseRate, LocalDate> {

	List<BaseRate> findAllByOrderByValidFromDesc();

	List<BaseRate> findAllByOrderByValidFrom();

}
