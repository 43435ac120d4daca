package nl.ketenwijs.riskknowledge;

import java.util.Set;

/**
 * How many companies source raw materials from countries, implemented by the module that records company
 * supply chains. Risk knowledge uses it to say how many companies a new edition of a data set touches;
 * while no module implements it, no company chains exist and that is what the secretariat is told.
 */
public interface ChainExposure {

    /** The number of distinct companies whose recorded chains contain at least one of these pairs. */
    int companiesSourcing(Set<CommodityCountry> pairs);
}
