package org.parley.entity.delivery.service;

/** A delivery that breaks the contract; the message names the offending field. Nothing is stored. */
public class InvalidDeliveryException extends RuntimeException {

    public InvalidDeliveryException(String message) {
        super(message);
    }
}
