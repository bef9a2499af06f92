/**
 * What every feature shares: the entity base class, the signed-in user as the layout sees it,
 * the main layout, the home routing and the error views. Depends on no feature.
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package app.rapport.base;
