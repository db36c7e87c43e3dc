package io.salescrm.pipeline.api.company;

/** A company's head count as a range of employees. */
public enum CompanySize {
    UP_TO_10,
    FROM_11_TO_50,
    FROM_51_TO_250,
    FROM_251_TO_1000,
    OVER_1000
}
