package minitorrent.app.internal;

import java.util.List;

import org.eclipse.e4.ui.css.swt.theme.ITheme;
import org.eclipse.e4.ui.css.swt.theme.IThemeEngine;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.preference.PreferencePage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPreferencePage;

/**
 * Window > Preferences > Appearance in the standalone product: the theme, light or dark (the
 * platform's own e4 themes). An Eclipse IDE has its own Appearance page, so this one is the
 * product's only. The choice applies at once and is kept for the next start.
 */
public final class AppearancePreferencePage extends PreferencePage implements IWorkbenchPreferencePage {

    private IThemeEngine engine;
    private List<ITheme> themes = List.of();
    private Combo theme;

    @Override
    public void init(IWorkbench workbench) {
        engine = workbench.getService(IThemeEngine.class);
        if (engine != null) {
            themes = engine.getThemes();
        }
        noDefaultAndApplyButton();
    }

    @Override
    protected Control createContents(Composite parent) {
        Composite page = new Composite(parent, SWT.NONE);
        GridLayoutFactory.fillDefaults().numColumns(2).applyTo(page);
        if (engine == null) {
            new Label(page, SWT.WRAP).setText(Messages.Appearance_noThemes);
            return page;
        }
        new Label(page, SWT.NONE).setText(Messages.Appearance_theme);
        theme = new Combo(page, SWT.READ_ONLY);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(theme);
        ITheme active = engine.getActiveTheme();
        for (int i = 0; i < themes.size(); i++) {
            theme.add(themes.get(i).getLabel());
            if (active != null && themes.get(i).getId().equals(active.getId())) {
                theme.select(i);
            }
        }
        Label hint = new Label(page, SWT.WRAP);
        hint.setText(Messages.Appearance_hint);
        GridDataFactory.fillDefaults().span(2, 1).grab(true, false).hint(360, SWT.DEFAULT).indent(0, 8).applyTo(hint);
        return page;
    }

    @Override
    public boolean performOk() {
        if (theme != null && theme.getSelectionIndex() >= 0) {
            ITheme chosen = themes.get(theme.getSelectionIndex());
            ITheme active = engine.getActiveTheme();
            if (active == null || !active.getId().equals(chosen.getId())) {
                engine.setTheme(chosen, true);
            }
        }
        return true;
    }
}
